# Udacity: dropout during training only; model.eval() to validate, model.train() to go back.
import torch
from torch import nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 16)
        self.fc2 = nn.Linear(16, 4)
        self.dropout = nn.Dropout(p=0.25)

    def forward(self, x):
        x = self.dropout(F.relu(self.fc1(x)))
        return F.log_softmax(self.fc2(x), dim=1)


torch.manual_seed(12)
model = Classifier()
x = torch.randn(5, 10)
labels = torch.tensor([0, 3, 1, 1, 2])
print(model(x).exp().sum(dim=1))
h = model.dropout(torch.ones(4, 5))
print(h, (h == 0).sum().item())
model.eval()
with torch.no_grad():
    log_ps = model(x)
    top_p, top_class = log_ps.exp().topk(1, dim=1)
    equals = top_class == labels.view(*top_class.shape)
    accuracy = torch.mean(equals.type(torch.FloatTensor))
print(top_p.flatten(), accuracy.item(), F.nll_loss(log_ps, labels).item())
model.train()
print(model.training, model.dropout.training)
