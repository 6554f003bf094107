# makemore part 5: a WaveNet-like stack of hand-written layers, printing each output shape
import torch

class Dense:
    def __init__(self, n_in, n_out, use_bias=True):
        self.W = torch.randn((n_in, n_out)) / n_in**0.5
        self.b = torch.zeros(n_out) if use_bias else None
    def __call__(self, x):
        self.out = x @ self.W + (self.b if self.b is not None else 0)
        return self.out

class PairUp:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        b, t, c = x.shape
        self.out = x.reshape(b, t // self.k, c * self.k)
        if self.out.shape[1] == 1:
            self.out = self.out.squeeze(1)
        return self.out

class Squash:
    def __call__(self, x):
        self.out = x.tanh()
        return self.out

torch.manual_seed(42)
table = torch.randn(27, 4)
net = [PairUp(2), Dense(8, 10, False), Squash(), PairUp(2), Dense(20, 10, False), Squash(), PairUp(2), Dense(20, 27)]
h = table[torch.randint(0, 27, (3, 8))]
for lyr in net:
    h = lyr(h)
    print(f"{type(lyr).__name__:>7}: {tuple(lyr.out.shape)}")
print(h[0, :5])
