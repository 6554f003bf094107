# Q: counting trainable parameters after freezing part of a model.
import torch.nn as nn

model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 5))
total = sum(p.numel() for p in model.parameters())
for p in model[0].parameters():
    p.requires_grad = False
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
print([n for n, p in model.named_parameters() if p.requires_grad])
layers = [nn.Linear(2, 2) for _ in range(3)]
class Bad(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = layers
class Good(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(layers)
print(len(list(Bad().parameters())), len(list(Good().parameters())))
print(Good())
