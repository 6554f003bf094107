import torch
from torch import nn

torch.manual_seed(2)
lstm = nn.LSTM(3, 5, batch_first=True)
head = nn.Linear(5, 1)
x = torch.randn(2, 4, 3)
y = torch.tensor([[1.0], [-1.0]])
out, (h_n, c_n) = lstm(x)
pred = head(out[:, -1, :])
loss = nn.functional.mse_loss(pred, y)
loss.backward()
print(out.grad_fn, pred)
print(round(loss.item(), 4))
print(lstm.weight_hh_l0.grad[:4])
print(lstm.bias_ih_l0.grad)
