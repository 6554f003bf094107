# Printing a model made of nested Sequentials and a custom block
import torch
from torch import nn

class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, d), nn.GELU(), nn.Dropout(0.1))
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        return self.norm(x + self.net(x))

model = nn.Sequential(
    nn.Embedding(10, 6),
    Block(6),
    Block(6),
    nn.Linear(6, 10, bias=False),
)
print(model)
print(model[1].net[0])
print(len(list(model.modules())), len(list(model.children())))
