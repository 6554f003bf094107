# d2l natural language inference: decomposable attention's attend, compare and aggregate steps on toy embeddings.
import torch
from torch import nn
from torch.nn import functional as F

def mlp(num_inputs, num_hiddens, flatten):
    net = [nn.Dropout(0.2), nn.Linear(num_inputs, num_hiddens), nn.ReLU()]
    if flatten:
        net.append(nn.Flatten(start_dim=1))
    net += [nn.Dropout(0.2), nn.Linear(num_hiddens, num_hiddens), nn.ReLU()]
    if flatten:
        net.append(nn.Flatten(start_dim=1))
    return nn.Sequential(*net)

class Attend(nn.Module):
    def __init__(self, num_inputs, num_hiddens):
        super().__init__()
        self.f = mlp(num_inputs, num_hiddens, flatten=False)

    def forward(self, A, B):
        f_A, f_B = self.f(A), self.f(B)
        e = torch.bmm(f_A, f_B.permute(0, 2, 1))
        beta = torch.bmm(F.softmax(e, dim=-1), B)
        alpha = torch.bmm(F.softmax(e.permute(0, 2, 1), dim=-1), A)
        return beta, alpha

class Compare(nn.Module):
    def __init__(self, num_inputs, num_hiddens):
        super().__init__()
        self.g = mlp(num_inputs, num_hiddens, flatten=False)

    def forward(self, A, B, beta, alpha):
        return self.g(torch.cat([A, beta], dim=2)), self.g(torch.cat([B, alpha], dim=2))

class Aggregate(nn.Module):
    def __init__(self, num_inputs, num_hiddens, num_outputs):
        super().__init__()
        self.h = mlp(num_inputs, num_hiddens, flatten=True)
        self.linear = nn.Linear(num_hiddens, num_outputs)

    def forward(self, V_A, V_B):
        V_A, V_B = V_A.sum(dim=1), V_B.sum(dim=1)
        return self.linear(self.h(torch.cat([V_A, V_B], dim=1)))

torch.manual_seed(38)
embed = nn.Embedding(20, 6)
premises = torch.randint(0, 20, (3, 5))
hypotheses = torch.randint(0, 20, (3, 4))
A, B = embed(premises), embed(hypotheses)
attend, compare, aggregate = Attend(6, 8), Compare(12, 8), Aggregate(16, 8, 3)
for m in (attend, compare, aggregate):
    m.eval()
beta, alpha = attend(A, B)
print(beta.shape, alpha.shape)
V_A, V_B = compare(A, B, beta, alpha)
print(V_A.shape, V_B.shape)
Y_hat = aggregate(V_A, V_B)
print(Y_hat.shape, Y_hat.argmax(dim=1))
loss = F.cross_entropy(Y_hat, torch.tensor([0, 1, 2]))
loss.backward()
print(embed.weight.grad.abs().sum(dim=1).nonzero().numel() > 0, round(loss.item(), 5))
