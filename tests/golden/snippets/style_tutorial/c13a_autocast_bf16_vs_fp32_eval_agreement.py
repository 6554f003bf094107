# Does bfloat16 autocast change predictions? Agreement of argmax between float32 and autocast on a batch.
import torch
import torch.nn as nn

torch.manual_seed(55)
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 5)).eval()
x = torch.randn(50, 20)
with torch.no_grad():
    ref = model(x)
    with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
        low = model(x)
print(ref.dtype, low.dtype)
agree = (ref.argmax(1) == low.argmax(1)).float().mean()
print("agreement", agree.item() > 0.9)
err = (low.float() - ref).abs()
print("max abs err < 0.1:", err.max().item() < 0.1)
rel = err.max() / ref.abs().max()
print(rel.item() < 0.02)
print(torch.bfloat16.is_floating_point, torch.finfo(torch.bfloat16).bits, torch.finfo(torch.bfloat16).max)
print(low[:2])
