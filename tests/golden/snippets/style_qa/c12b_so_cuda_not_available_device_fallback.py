# Q: my notebook says "Torch not compiled with CUDA enabled" - how to write device-agnostic code?
import torch
import torch.nn as nn

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device, device.type, device.index)
print(torch.cuda.is_available(), torch.cuda.device_count())
x = torch.ones(2, device=device)
print(x.device, x.is_cuda, x.is_cpu if hasattr(x, 'is_cpu') else None)
model = nn.Linear(2, 1).to(device)
print(next(model.parameters()).device)
try:
    torch.ones(2).cuda()
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    torch.ones(2, device='cuda')
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
print(torch.device('cpu') == torch.device('cpu:0'), torch.device('cpu', 0))
print(x.to('cpu') is x, x.cpu() is x, x.to(torch.float64).dtype)
print(torch.tensor([1, 2]).to(device, dtype=torch.float32))
