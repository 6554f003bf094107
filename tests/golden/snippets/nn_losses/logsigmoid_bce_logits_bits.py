# log-sigmoid and BCE-with-logits at full precision: ATen's saved exp(-|x|) and its gradient
# kernel (x < 0 ? 1 - z / (1 + z) : z / (1 + z)) * grad; the loss as (1 - y) * x - logsigmoid(x).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = (torch.randn(64) * 3).requires_grad_()
g = torch.rand(64)
out = F.logsigmoid(x)
out.backward(g)
print(out[:6])
print(x.grad[:6].tolist(), x.grad.sum().item())
x.grad = None
F.logsigmoid(x[:5]).sum().backward()
print(x.grad[:5].tolist())
y = (torch.rand(64) > 0.5).float()
x.grad = None
loss = F.binary_cross_entropy_with_logits(x, y)
loss.backward()
print(loss.item(), F.binary_cross_entropy_with_logits(x, y, reduction="none")[:5].tolist())
print(F.binary_cross_entropy_with_logits(x, y, pos_weight=torch.tensor(2.5), reduction="sum").item())
print(x.grad[:4].tolist())
model = torch.nn.Linear(4, 1)
data, target = torch.randn(48, 4), (torch.rand(48, 1) > 0.5).float()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(4):
    opt.zero_grad()
    l = torch.nn.BCEWithLogitsLoss()(model(data), target)
    l.backward()
    opt.step()
    print(step, l.item())
torch.manual_seed(0)
x = torch.randn(30, 3, requires_grad=True)
t = (torch.randn(30, 3) > 0).float()
F.multilabel_soft_margin_loss(x, t).backward()
print(x.grad.sum().item(), x.grad[:2].tolist())
x.grad = None
F.logsigmoid(x[:7]).backward(torch.ones(7, 3))
print(x.grad[:7].sum().item())
