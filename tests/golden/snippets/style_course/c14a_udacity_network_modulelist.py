# Udacity-style network: hidden layers built from a list with nn.ModuleList, dropout, log_softmax and a validation pass.
import torch
from torch import nn
import torch.nn.functional as F


class Network(nn.Module):
    def __init__(self, input_size, output_size, hidden_layers, drop_p=0.5):
        super().__init__()
        self.hidden_layers = nn.ModuleList([nn.Linear(input_size, hidden_layers[0])])
        layer_sizes = zip(hidden_layers[:-1], hidden_layers[1:])
        self.hidden_layers.extend([nn.Linear(h1, h2) for h1, h2 in layer_sizes])
        self.output = nn.Linear(hidden_layers[-1], output_size)
        self.dropout = nn.Dropout(p=drop_p)

    def forward(self, x):
        for linear in self.hidden_layers:
            x = self.dropout(F.relu(linear(x)))
        return F.log_softmax(self.output(x), dim=1)


torch.manual_seed(9)
model = Network(16, 4, [12, 8, 6], drop_p=0.2)
print(model)
images = torch.randn(6, 1, 4, 4)
labels = torch.tensor([0, 1, 2, 3, 0, 1])
images = images.view(images.shape[0], -1)
criterion = nn.NLLLoss()
model.eval()
with torch.no_grad():
    output = model(images)
    test_loss = criterion(output, labels).item()
    ps = torch.exp(output)
    equality = (labels.data == ps.max(dim=1)[1])
    accuracy = equality.type(torch.FloatTensor).mean()
print(test_loss, accuracy, ps.sum(1))
model.train()
print(model(images)[0])
