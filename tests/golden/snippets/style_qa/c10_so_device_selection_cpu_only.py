# Q: my code picks a device with torch.cuda.is_available(); what does it look like on a CPU-only machine?
import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device, device.type, device.index, repr(device))
print(torch.device("cpu", 0), torch.device("cuda:1"), torch.device("cuda:1").index)
model = nn.Linear(2, 1).to(device)
x = torch.ones(3, 2, device=device)
print(x.device, next(model.parameters()).device, x.is_cuda, x.is_cpu)
print(model(x).device)
y = x.to("cpu")
print(y is x, x.cpu() is x, x.to(device, torch.float64).dtype)
print(torch.zeros(2).to(x).dtype, torch.zeros(2, dtype=torch.int64).to(x.device).dtype)
print(str(device) == "cpu", device == torch.device("cpu"), torch.device("cpu") == "cpu")
print(torch.cuda.device_count())
try:
    torch.device("gpu")
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.get_default_device() if hasattr(torch, "get_default_device") else "n/a")
