# The assignment's three ways to build a network: barebones functions, nn.Module subclass, nn.Sequential.
import torch
import torch.nn as nn
import torch.nn.functional as F

def flatten(x):
    N = x.shape[0]
    return x.view(N, -1)

def two_layer_fc(x, params):
    x = flatten(x)
    w1, w2 = params
    x = F.relu(x.mm(w1))
    return x.mm(w2)

def random_weight(shape):
    fan_in = shape[0] if len(shape) == 2 else torch.prod(torch.tensor(shape[1:]))
    w = torch.randn(shape) * torch.sqrt(torch.tensor(2. / fan_in))
    w.requires_grad = True
    return w

torch.manual_seed(0)
x = torch.zeros((64, 50))
w1 = random_weight((50, 42))
w2 = random_weight((42, 10))
print(two_layer_fc(x, [w1, w2]).size())
print(random_weight((3, 5)))

class TwoLayerFC(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(input_size, hidden_size)
        nn.init.kaiming_normal_(self.fc1.weight)
        self.fc2 = nn.Linear(hidden_size, num_classes)
        nn.init.kaiming_normal_(self.fc2.weight)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(flatten(x))))

model = TwoLayerFC(3 * 4 * 4, 16, 10)
scores = model(torch.zeros((8, 3, 4, 4)))
print(scores.size(), scores[0, :3])
seq = nn.Sequential(nn.Flatten(), nn.Linear(48, 16), nn.ReLU(), nn.Linear(16, 10))
opt = torch.optim.SGD(seq.parameters(), lr=1e-2, momentum=0.9, nesterov=True)
print(seq, opt.defaults['nesterov'])
