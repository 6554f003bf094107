# makemore part 5: trace tensor shapes through Embedding -> FlattenConsecutive -> Linear -> BatchNorm1d on 3D input.
import torch

class FlattenConsecutive:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        B, T, C = x.shape
        x = x.view(B, T // self.n, C * self.n)
        if x.shape[1] == 1:
            x = x.squeeze(1)
        self.out = x
        return self.out
    def parameters(self):
        return []

torch.manual_seed(42)
n_embd, n_hidden, vocab_size, block_size = 6, 16, 27, 8
C = torch.nn.Embedding(vocab_size, n_embd)
layers = [
    FlattenConsecutive(2), torch.nn.Linear(n_embd * 2, n_hidden, bias=False), torch.nn.BatchNorm1d(n_hidden),
    FlattenConsecutive(2), torch.nn.Linear(n_hidden * 2, n_hidden, bias=False),
    FlattenConsecutive(2), torch.nn.Linear(n_hidden * 2, vocab_size),
]
ix = torch.randint(0, vocab_size, (4, block_size))
x = C(ix)
print("embedding", tuple(x.shape))
for layer in layers:
    try:
        x = layer(x)
        print(layer.__class__.__name__, ":", tuple(x.shape))
    except RuntimeError as e:
        print(layer.__class__.__name__, "RuntimeError:", e)
        x = layer(x.transpose(1, 2)).transpose(1, 2)
        print(layer.__class__.__name__, "(transposed) :", tuple(x.shape))
e = torch.randn(32, 4, 68)
emean = e.mean((0, 1), keepdim=True)
evar = e.var((0, 1), keepdim=True)
print(emean.shape, evar.shape, ((e - emean) / torch.sqrt(evar + 1e-5)).shape)
print(sum(p.numel() for l in layers for p in l.parameters()) + C.weight.numel())
