# The wavenet-style hierarchy with torch.nn: consecutive flattening, BatchNorm over the last dim, shapes.
import torch
import torch.nn as nn

class FlattenConsecutive(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def forward(self, x):
        B, T, C = x.shape
        x = x.reshape(B, T // self.n, C * self.n)
        if x.shape[1] == 1:
            x = x.squeeze(1)
        return x

class BatchNormLast(nn.BatchNorm1d):
    # BatchNorm1d wants (N, C, L); the hierarchy has (N, L, C)
    def forward(self, x):
        if x.ndim == 3:
            return super().forward(x.transpose(1, 2)).transpose(1, 2)
        return super().forward(x)

torch.manual_seed(42)
n_embd, n_hidden, vocab_size = 8, 32, 27
model = nn.Sequential(
    nn.Embedding(vocab_size, n_embd),
    FlattenConsecutive(2), nn.Linear(n_embd * 2, n_hidden, bias=False), BatchNormLast(n_hidden), nn.Tanh(),
    FlattenConsecutive(2), nn.Linear(n_hidden * 2, n_hidden, bias=False), BatchNormLast(n_hidden), nn.Tanh(),
    FlattenConsecutive(2), nn.Linear(n_hidden * 2, n_hidden, bias=False), BatchNormLast(n_hidden), nn.Tanh(),
    nn.Linear(n_hidden, vocab_size),
)
with torch.no_grad():
    model[-1].weight *= 0.1
print(sum(p.nelement() for p in model.parameters()))
ix = torch.randint(0, 27, (4, 8))
x = ix
for layer in model:
    x = layer(x)
    print(layer.__class__.__name__, ':', tuple(x.shape))
print(model[3])
print(model[3].running_mean.shape)
loss = nn.functional.cross_entropy(x, torch.tensor([1, 2, 3, 4]))
loss.backward()
print(loss.item())
print(model[0].weight.grad.shape, model[2].weight.grad.abs().sum() > 0)
