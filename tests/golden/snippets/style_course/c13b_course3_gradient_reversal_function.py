# Domain-adaptation lecture: a gradient reversal layer as a custom autograd.Function.
import torch

class GradReverse(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lam):
        ctx.lam = lam
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad_output):
        return -ctx.lam * grad_output, None

torch.manual_seed(95)
feat = torch.nn.Linear(3, 2)
head = torch.nn.Linear(2, 1)
x = torch.randn(4, 3)
z = feat(x)
out = head(GradReverse.apply(z, 0.5)).sum()
out.backward()
g_rev = feat.weight.grad.clone()
feat.zero_grad()
head.zero_grad()
head(feat(x)).sum().backward()
print(g_rev)
print(feat.weight.grad)
print(torch.allclose(g_rev, -0.5 * feat.weight.grad))
y = GradReverse.apply(z, 1.0)
print(y.grad_fn, y.grad_fn.name())
print(torch.equal(y, z))
