# Freeze an encoder submodule with requires_grad_(False); only the head trains.
import torch
import torch.nn as nn

torch.manual_seed(7)
model = nn.Sequential()
model.add_module("encoder", nn.Sequential(nn.Linear(6, 5), nn.ReLU()))
model.add_module("head", nn.Linear(5, 2))
model.encoder.requires_grad_(False)

def count(m, trainable_only):
    return sum(p.numel() for p in m.parameters() if p.requires_grad or not trainable_only)

print("total", count(model, False), "trainable", count(model, True))
for name, p in model.named_parameters():
    print(name, p.requires_grad)
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=0.01)
print(len(opt.param_groups[0]["params"]))
enc_before = model.encoder[0].weight.clone()
head_before = model.head.weight.clone()
x = torch.randn(8, 6)
y = torch.randint(0, 2, (8,))
loss_fn = nn.CrossEntropyLoss()
for epoch in range(3):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.6f}")
print(model.encoder[0].weight.grad)
print(torch.equal(enc_before, model.encoder[0].weight))
print(torch.equal(head_before, model.head.weight))
out = model(x)
print(out.requires_grad, out.grad_fn)
print(model.encoder(x).requires_grad)
