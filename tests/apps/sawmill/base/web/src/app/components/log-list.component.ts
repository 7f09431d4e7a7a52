import { Component, OnInit } from '@angular/core';

import { Log } from '../models';
import { LogService } from '../services/log.service';
import { LogCardComponent } from './log-card.component';

@Component({
  selector: 'app-log-list',
  standalone: true,
  imports: [LogCardComponent],
  templateUrl: './log-list.component.html',
})
export class LogListComponent implements OnInit {
  logs: Log[] = [];
  seasoned: Log[] = [];

  constructor(private logService: LogService) {}

  ngOnInit(): void {
    this.logService.list().subscribe((logs) => (this.logs = logs));
    this.logService.seasoned().subscribe((logs) => (this.seasoned = logs));
  }

  mill(logId: number): void {
    this.logService.mill(logId).subscribe((milled) => {
      this.logs = this.logs.map((log) => (log.id === milled.id ? milled : log));
    });
  }
}
