# Exercise: logistic regression on a toy AND dataset
import torch

X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([0., 0., 0., 1.])
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
for epoch in range(200):
    opt.zero_grad()
    loss = torch.nn.functional.binary_cross_entropy_with_logits(model(X).squeeze(1), y)
    loss.backward()
    opt.step()
print(loss)
print(torch.sigmoid(model(X)).squeeze(1).round(decimals=3))
print((model(X).squeeze(1) > 0).long())
