import torch
import torch.nn as nn

# A GradScaler whose scale is not a power of two: PyTorch keeps it as a float32 number
torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=0.1, growth_factor=3.0, backoff_factor=0.25, growth_interval=1)
print(scaler.get_scale(), scaler.state_dict())
for step in range(3):
    opt.zero_grad()
    scaler.scale(model(torch.ones(2, 3)).sum()).backward()
    scaler.step(opt)
    scaler.update()
    print(step, scaler.get_scale(), model.bias.item())
scaler.update(new_scale=0.3)
print(scaler.get_scale())
resumed = torch.amp.GradScaler("cpu")
resumed.load_state_dict(scaler.state_dict())
print(resumed.state_dict())
try:
    torch.amp.GradScaler("cpu").update()
except AssertionError as e:
    print("AssertionError:", e)
try:
    resumed.load_state_dict(torch.amp.GradScaler("cpu", enabled=False).state_dict())
except RuntimeError as e:
    print("RuntimeError:", e)
