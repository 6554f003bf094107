# nn.MultiLabelMarginLoss / F.multilabel_margin_loss: values at full precision, gradients, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(5, 7, requires_grad=True)
y = torch.randint(-1, 7, (5, 7))
y[:, 0] = torch.tensor([2, 0, 6, -1, 3])
for reduction in ("mean", "sum", "none"):
    loss = F.multilabel_margin_loss(x, y, reduction=reduction)
    print(reduction, loss.tolist(), loss.grad_fn.name())
loss = nn.MultiLabelMarginLoss()(x, y)
loss.backward()
print(x.grad)
v = torch.randn(6, dtype=torch.float64, requires_grad=True)
t = torch.tensor([4, 1, -1, 0, 0, 0])
out = F.multilabel_margin_loss(v, t, reduction="none")
out.backward()
print(out.item(), v.grad.tolist())
print(nn.MultiLabelMarginLoss(reduction="sum"))
for bad in [(x, y[0]), (x, y.float()), (x, y + 7)]:
    try:
        F.multilabel_margin_loss(*bad)
    except RuntimeError as e:
        print(e)
g, = torch.autograd.grad(F.multilabel_margin_loss(x, y), x, create_graph=True)
try:
    g.sum().backward()
except RuntimeError as e:
    print(e)
