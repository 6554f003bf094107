# How many parameters does my MLP have? (by hand and by code)
from torch import nn

sizes = [784, 256, 64, 10]
layers = []
for n_in, n_out in zip(sizes[:-1], sizes[1:]):
    layers += [nn.Linear(n_in, n_out), nn.ReLU()]
mlp = nn.Sequential(*layers[:-1])
by_hand = sum(i * o + o for i, o in zip(sizes[:-1], sizes[1:]))
by_code = sum(p.numel() for p in mlp.parameters())
print(f"by hand: {by_hand:,}  by code: {by_code:,}")
mlp[0].weight.requires_grad_(False)
print(f"trainable: {sum(p.numel() for p in mlp.parameters() if p.requires_grad):,}")
print(len(mlp), mlp[-1])
