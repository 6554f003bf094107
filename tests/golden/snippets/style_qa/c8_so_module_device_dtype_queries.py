# Q: how do I find my model's device/dtype, move it, and count parameters by layer?
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 10))
p = next(model.parameters())
print(p.device, p.dtype, p.is_cuda, torch.cuda.is_available())
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
model = model.to(device)
print(device, device.type, str(device))
for name, param in model.named_parameters():
    print(f"{name:10s} {str(tuple(param.shape)):18s} {param.numel():6d}")
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
x = torch.randn(2, 1, 28, 28, device=device)
print(model(x).shape, x.device)
print(model.to(torch.float64)[0].weight.dtype, model[3].bias.dtype)
print(torch.zeros(2).to('cpu', torch.int32), torch.tensor([1.5]).cpu().numpy())
