import torch
import torch.nn as nn

# Mixed-precision loop on the CPU with a fused optimizer: the kernel unscales (or skips) itself
torch.manual_seed(0)
X, y = torch.randn(32, 6), torch.randn(32, 1)
model = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01, fused=True)
scaler = torch.amp.GradScaler("cpu", init_scale=1000.0, growth_interval=2)
for step in range(6):
    opt.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = nn.functional.mse_loss(model(X).float(), y)
    scaler.scale(loss).backward()
    if step == 0:
        model[2].bias.grad.fill_(float("inf"))   # an overflow: this step is skipped
    scaler.step(opt)
    scaler.update()
    print(step, scaler.get_scale(), loss.item(), model[2].bias.grad.item())
    print("  ", model[2].weight[0, :3].tolist(), opt.state[model[2].bias]["step"])
