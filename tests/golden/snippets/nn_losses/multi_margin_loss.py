import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(6, 5, requires_grad=True)
y = torch.tensor([1, 0, 4, 2, 3, 3])
for p in (1, 2):
    for margin in (1.0, 0.3):
        for reduction in ("mean", "sum", "none"):
            print(p, margin, reduction, F.multi_margin_loss(x * 3, y, p=p, margin=margin, reduction=reduction))
w = torch.tensor([1., 2., 0.5, 1., 3.])
print(F.multi_margin_loss(x, y, weight=w), F.multi_margin_loss(x, y, p=2, weight=w, reduction="none"))
print(F.multi_margin_loss(x[0], y[0]), F.multi_margin_loss(x[0], y[:1]))
print(F.multi_margin_loss(x[0], y[0], reduction="none").shape, F.multi_margin_loss(x.double(), y))
loss = nn.MultiMarginLoss(p=2, margin=0.5, weight=w)
print(loss, loss.weight, loss.p, loss.margin)
out = loss(x, y)
print(out, out.grad_fn, [type(f).__name__ for f, _ in out.grad_fn.next_functions])
out.backward()
print(x.grad)
x.grad = None
F.multi_margin_loss(x, y, reduction="none").backward(torch.arange(6.))
print(x.grad)
g, = torch.autograd.grad(F.multi_margin_loss(x, y), x, create_graph=True)
print(g.grad_fn)
for bad in (lambda: F.multi_margin_loss(x, y, p=3), lambda: nn.MultiMarginLoss(p=0),
            lambda: F.multi_margin_loss(x, torch.tensor([1, 0, 5, 2, 0, 0])),
            lambda: F.multi_margin_loss(x, y[:3]), lambda: F.multi_margin_loss(x, y.float()),
            lambda: F.multi_margin_loss(x, y, weight=torch.ones(3)),
            lambda: F.multi_margin_loss(torch.randn(2, 3, 4), torch.tensor([0, 1])),
            lambda: F.multi_margin_loss(x, y, reduction="bad"), lambda: g.sum().backward()):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
# a tiny SVM-style classifier
torch.manual_seed(1)
model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data, labels = torch.randn(16, 4), torch.randint(0, 3, (16,))
for step in range(5):
    opt.zero_grad()
    loss = nn.MultiMarginLoss()(model(data), labels)
    loss.backward()
    opt.step()
    print(step, loss.item())
