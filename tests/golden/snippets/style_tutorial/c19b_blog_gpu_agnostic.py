# Device-agnostic code (works with or without a GPU)
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(f"Using device: {device}")
torch.manual_seed(0)
model = torch.nn.Linear(3, 1).to(device)
x = torch.randn(2, 3, device=device)
out = model(x)
print(out.device, next(model.parameters()).device)
print(out.cpu().detach().numpy().shape)
print(torch.cuda.device_count())
