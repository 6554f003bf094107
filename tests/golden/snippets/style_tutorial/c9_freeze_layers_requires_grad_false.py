# Freeze the first layers with requires_grad_(False), train only the head, check what changed.
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Sequential(
    nn.Linear(5, 8), nn.ReLU(),
    nn.Linear(8, 8), nn.ReLU(),
    nn.Linear(8, 2),
)
for layer in list(model)[:4]:
    layer.requires_grad_(False)

def count(m, trainable):
    return sum(p.numel() for p in m.parameters() if p.requires_grad == trainable)

print("trainable:", count(model, True), "frozen:", count(model, False))
for name, p in model.named_parameters():
    print(f"{name:10s} requires_grad={p.requires_grad}")

before = [p.clone() for p in model.parameters()]
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
x, target = torch.randn(16, 5), torch.randint(0, 2, (16,))
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), target)
    loss.backward()
    opt.step()
print(round(loss.item(), 4))
for (name, p), b in zip(model.named_parameters(), before):
    print(name, "changed" if not torch.equal(p, b) else "same", p.grad is None)
print(len(opt.param_groups[0]["params"]))
