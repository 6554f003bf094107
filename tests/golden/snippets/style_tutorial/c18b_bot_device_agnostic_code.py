"""Device-agnostic code: runs on GPU if available, else CPU."""
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(f"Using device: {device}")

x = torch.randn(2, 2, device=device)
model = torch.nn.Linear(2, 1).to(device)
print(next(model.parameters()).device, x.device)
print(x.is_cuda, device.type, device.index)
