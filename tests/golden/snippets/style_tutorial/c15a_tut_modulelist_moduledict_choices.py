# Building modules: ModuleDict of choices and a ModuleList of layers
import torch
from torch import nn

class MyModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.choices = nn.ModuleDict({"conv": nn.Conv2d(2, 3, 3), "pool": nn.MaxPool2d(3, stride=1)})
        self.activations = nn.ModuleDict([["lrelu", nn.LeakyReLU()], ["prelu", nn.PReLU()]])
        self.linears = nn.ModuleList([nn.Linear(4, 4) for _ in range(2)])

    def forward(self, x, choice, act):
        x = self.activations[act](self.choices[choice](x))
        for layer in self.linears:
            x = layer(x)
        return x

torch.manual_seed(30)
model = MyModule()
print(model)
x = torch.randn(1, 2, 6, 6)
print(model(x, "conv", "prelu").shape, model(x, "pool", "lrelu").shape)
print(len(model.linears), "conv" in model.choices, list(model.activations.keys()))
print([n for n, _ in model.named_parameters()])
print(model.activations["prelu"].weight)
