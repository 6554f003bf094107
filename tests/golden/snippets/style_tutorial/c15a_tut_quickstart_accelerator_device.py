# Quickstart (2.x): pick the accelerator if there is one, else the CPU, and move the model there
import torch
from torch import nn

device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")
print(torch.accelerator.is_available(), torch.accelerator.device_count())

class GridNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.flat = nn.Flatten()
        self.layers = nn.Sequential(nn.Linear(9, 6), nn.ReLU(), nn.Linear(6, 3))

    def forward(self, grid):
        return self.layers(self.flat(grid))

torch.manual_seed(17)
model = GridNet().to(device)
print(model)
grids = torch.rand(2, 3, 3, device=device)
scores = model(grids)
print(f"Predicted class: {scores.softmax(dim=1).argmax(1)}")
print(scores.device, next(model.parameters()).device, grids.is_cpu)
