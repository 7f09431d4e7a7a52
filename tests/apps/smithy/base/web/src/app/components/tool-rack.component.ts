import { Component, OnInit, inject } from '@angular/core';
import { Tool } from '../models';
import { ToolService } from '../services/tool.service';
import { ToolCardComponent } from './tool-card.component';

@Component({
  selector: 'app-tool-rack',
  standalone: true,
  imports: [ToolCardComponent],
  template: `
    @for (tool of tools; track tool.id) {
      <app-tool-card [tool]="tool" (sharpen)="sharpen($event)" />
    }
  `,
})
export class ToolRackComponent implements OnInit {
  private toolService = inject(ToolService);
  tools: Tool[] = [];

  ngOnInit() {
    this.toolService.list().subscribe((tools) => (this.tools = tools));
  }

  sharpen(toolId: number) {
    this.toolService.sharpen(toolId).subscribe((tool) => {
      this.tools = this.tools.map((t) => (t.id === tool.id ? tool : t));
    });
  }
}
