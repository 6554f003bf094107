# The XOR network from the deep feedforward chapter with the exact hand-picked weights, then learned by SGD.
import torch

X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([0.0, 1.0, 1.0, 0.0])
W = torch.tensor([[1.0, 1.0], [1.0, 1.0]])
c = torch.tensor([0.0, -1.0])
w = torch.tensor([1.0, -2.0])
b = 0.0
H = torch.relu(X @ W + c)
print(X @ W, X @ W + c, H)
print(H @ w + b)
lin = torch.linalg.lstsq(torch.cat([X, torch.ones(4, 1)], 1), y.unsqueeze(1)).solution
print(lin.squeeze(), torch.cat([X, torch.ones(4, 1)], 1) @ lin)
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU(), torch.nn.Linear(2, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
for step in range(300):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(net(X).squeeze(1), y)
    loss.backward()
    opt.step()
    if step % 60 == 0:
        print(step, f"{loss.item():.6f}")
print(net(X).detach().squeeze(1).round(decimals=3))
