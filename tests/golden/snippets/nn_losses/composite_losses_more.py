# MultiLabelSoftMarginLoss, PoissonNLLLoss, GaussianNLLLoss, HingeEmbeddingLoss: values, options, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 5, requires_grad=True)
targets = (torch.rand(4, 5) > 0.5).float()
ml = nn.MultiLabelSoftMarginLoss()
loss = ml(logits, targets)
print(ml, loss)
loss.backward()
print(logits.grad)
w = torch.tensor([1.0, 2.0, 0.5, 1.0, 1.0])
print(nn.MultiLabelSoftMarginLoss(weight=w, reduction="none")(logits, targets))
print(F.multilabel_soft_margin_loss(logits, targets, reduction="sum"))
rate = torch.randn(6, requires_grad=True)
counts = torch.tensor([0.0, 1.0, 3.0, 2.0, 7.0, 0.0])
p = nn.PoissonNLLLoss()
print(p, p(rate, counts))
print(nn.PoissonNLLLoss(full=True, reduction="none")(rate, counts))
print(F.poisson_nll_loss(rate.exp(), counts, log_input=False, reduction="sum"))
print(F.poisson_nll_loss(rate.exp(), counts, log_input=False, full=True, eps=1e-4))
mu = torch.randn(5, 2, requires_grad=True)
y = torch.randn(5, 2)
var = torch.rand(5, 2) + 0.1
g = nn.GaussianNLLLoss()
out = g(mu, y, var)
print(g, out)
out.backward()
print(mu.grad)
print(F.gaussian_nll_loss(mu, y, var[:, 0], full=True, reduction="none"))
print(F.gaussian_nll_loss(mu, y, var[:, :1]), F.gaussian_nll_loss(mu, y, 0.5, reduction="sum"))
print(F.gaussian_nll_loss(mu, y, torch.zeros(5, 2)))
h = torch.tensor([0.2, 1.5, -0.3, 0.8], requires_grad=True)
t = torch.tensor([1, -1, -1, 1])
he = nn.HingeEmbeddingLoss(margin=1.0)
print(he, he(h, t), F.hinge_embedding_loss(h, t, margin=0.5, reduction="none"))
he(h, t).backward()
print(h.grad)
for fn in (lambda: F.gaussian_nll_loss(mu, y, -1.0), lambda: F.gaussian_nll_loss(mu, y, torch.ones(3)),
           lambda: F.gaussian_nll_loss(mu, y, var, reduction="avg"), lambda: F.poisson_nll_loss(rate, counts, reduction="x"),
           lambda: F.multilabel_soft_margin_loss(logits, targets, reduction="x")):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
