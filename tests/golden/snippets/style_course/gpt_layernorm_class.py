# "Let's build GPT": a LayerNorm1d class written by hand, normalising each row rather than each column.
import torch

class LayerNorm1d:
    def __init__(self, dim, eps=1e-5, momentum=0.1):
        self.eps = eps
        self.gamma = torch.ones(dim)
        self.beta = torch.zeros(dim)

    def __call__(self, x):
        xmean = x.mean(1, keepdim=True)
        xvar = x.var(1, keepdim=True)
        xhat = (x - xmean) / torch.sqrt(xvar + self.eps)
        self.out = self.gamma * xhat + self.beta
        return self.out

    def parameters(self):
        return [self.gamma, self.beta]

torch.manual_seed(1337)
module = LayerNorm1d(100)
x = torch.randn(32, 100)
x = module(x)
print(x.shape)
print(x[:, 0].mean(), x[:, 0].std())
print(x[0, :].mean(), x[0, :].std())
ln = torch.nn.LayerNorm(100)
print(torch.allclose(ln(torch.randn(2, 100)).mean(1), torch.zeros(2), atol=1e-6))
