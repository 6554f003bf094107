# Checkpointing epoch, model, optimizer and loss, then resuming training from the file.
import os
import tempfile
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(20, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])

def make():
    model = nn.Linear(3, 1)
    return model, torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

model, opt = make()
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print("epoch", epoch, loss.item())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"epoch": epoch, "model_state_dict": model.state_dict(),
                "optimizer_state_dict": opt.state_dict(), "loss": loss}, path)
    model2, opt2 = make()
    ckpt = torch.load(path)
    model2.load_state_dict(ckpt["model_state_dict"])
    opt2.load_state_dict(ckpt["optimizer_state_dict"])
    start = ckpt["epoch"] + 1
    print("resume from", start, "loss", ckpt["loss"])
    print(opt2.state_dict()["state"][0]["momentum_buffer"])
model2.train()
for epoch in range(start, start + 3):
    opt2.zero_grad()
    loss = nn.functional.mse_loss(model2(x), y)
    loss.backward()
    opt2.step()
    print("epoch", epoch, loss.item())
print(model2.weight.data)
