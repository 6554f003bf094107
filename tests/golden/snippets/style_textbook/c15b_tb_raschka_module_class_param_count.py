# A model as an nn.Module subclass: layers in __init__, forward, and a parameter count per layer.
import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.layer1 = nn.Linear(input_size, hidden_size)
        self.layer2 = nn.Linear(hidden_size, output_size)
    def forward(self, x):
        x = torch.sigmoid(self.layer1(x))
        return nn.Softmax(dim=1)(self.layer2(x))

torch.manual_seed(36)
model = Model(4, 16, 3)
print(model)
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.numel())
x = torch.randn(5, 4)
pred = model(x)
print(pred.sum(dim=1), torch.argmax(pred, dim=1))
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
