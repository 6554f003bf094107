# Inspecting a model: children, named_modules, parameter counts, apply(), buffers and dtype changes.
import torch
from torch import nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
        self.classifier = nn.Linear(4 * 4 * 4, 10)

    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))

torch.manual_seed(6)
net = Net()
for name, child in net.named_children():
    print(name, type(child).__name__)
print([name for name, _ in net.named_modules()])
total = sum(p.numel() for p in net.parameters())
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(f"Total params: {total:,} | trainable: {trainable}")
print([(n, b.shape) for n, b in net.named_buffers()])

@torch.no_grad()
def init_weights(m):
    if isinstance(m, nn.Linear):
        m.weight.fill_(0.01)
        m.bias.zero_()
        print("init", m)

net.apply(init_weights)
print(net(torch.randn(2, 1, 6, 6)))
net = net.double()
print(net.classifier.weight.dtype, net.features[1].running_var.dtype)
print(net.features[1].num_batches_tracked)
print(len(list(net.modules())), len(net.state_dict()))
