# MLP from scratch: nn.Parameter weights scaled by sigma, relu via torch.max, a short training run.
import torch
from torch import nn

class MLPScratch(nn.Module):
    def __init__(self, num_inputs, num_outputs, num_hiddens, lr, sigma=0.01):
        super().__init__()
        self.num_inputs, self.lr = num_inputs, lr
        self.W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * sigma)
        self.b1 = nn.Parameter(torch.zeros(num_hiddens))
        self.W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * sigma)
        self.b2 = nn.Parameter(torch.zeros(num_outputs))

    def forward(self, X):
        X = X.reshape((-1, self.num_inputs))
        H = relu(torch.matmul(X, self.W1) + self.b1)
        return torch.matmul(H, self.W2) + self.b2

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

torch.manual_seed(2)
model = MLPScratch(num_inputs=16, num_outputs=3, num_hiddens=32, lr=0.5)
print([(n, p.shape) for n, p in model.named_parameters()])
X = torch.rand(48, 4, 4)
y = torch.randint(0, 3, (48,))
optimizer = torch.optim.SGD(model.parameters(), lr=model.lr)
for epoch in range(5):
    for i in range(0, 48, 12):
        loss = nn.functional.cross_entropy(model(X[i:i + 12]), y[i:i + 12])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(f"epoch {epoch}, loss {loss.item():.4f}")
print(relu(torch.tensor([-1.0, 0.0, 2.0])), model.b2)
