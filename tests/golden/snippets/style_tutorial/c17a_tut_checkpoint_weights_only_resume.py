# Save a training checkpoint dict, then resume with torch.load(weights_only=True)
import io
import torch
from torch import nn

torch.manual_seed(8)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
x, y = torch.randn(12, 3), torch.randn(12, 1)
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
buf = io.BytesIO()
torch.save({"epoch": epoch, "model_state_dict": model.state_dict(),
            "optimizer_state_dict": opt.state_dict(), "loss": loss.item()}, buf)
buf.seek(0)
ckpt = torch.load(buf, weights_only=True)
print(sorted(ckpt), ckpt["epoch"], round(ckpt["loss"], 5))
model2 = nn.Linear(3, 1)
opt2 = torch.optim.Adam(model2.parameters(), lr=0.1)
print(model2.load_state_dict(ckpt["model_state_dict"]))
opt2.load_state_dict(ckpt["optimizer_state_dict"])
print(opt2.state_dict()["state"][0]["step"], opt2.param_groups[0]["lr"])
model2.train()
print(torch.equal(model2.weight, model.weight))
