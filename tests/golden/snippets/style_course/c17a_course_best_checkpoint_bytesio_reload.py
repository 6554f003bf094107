# Keep the best model's weights in memory (BytesIO) while training, reload them at the end
import io
import torch
import torch.nn as nn

torch.manual_seed(61)
net = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.3)
xt, yt = torch.randn(30, 2), torch.randn(30, 1)
xv, yv = torch.randn(10, 2), torch.randn(10, 1)
best_val, best_epoch, best_buf = float("inf"), -1, None
for epoch in range(8):
    opt.zero_grad(); nn.functional.mse_loss(net(xt), yt).backward(); opt.step()
    net.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(net(xv), yv).item()
    net.train()
    if val < best_val:
        best_val, best_epoch = val, epoch
        best_buf = io.BytesIO()
        torch.save(net.state_dict(), best_buf)
best_buf.seek(0)
net.load_state_dict(torch.load(best_buf, weights_only=True))
with torch.no_grad():
    print(best_epoch, f"{best_val:.5f}", f"{nn.functional.mse_loss(net(xv), yv).item():.5f}")
