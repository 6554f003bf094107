# saliency over time steps for an LSTM sequence classifier
import torch
import torch.nn as nn

torch.manual_seed(3)
lstm = nn.LSTM(input_size=2, hidden_size=4, batch_first=True)
fc = nn.Linear(4, 1)
seq = torch.randn(1, 6, 2, requires_grad=True)
out, (h_n, c_n) = lstm(seq)
score = fc(out[:, -1]).squeeze()
score.backward()
per_step = seq.grad.norm(dim=-1).squeeze(0)
print(score)
print(per_step)
print("later steps matter more:", per_step[-1].item() > per_step[0].item())
print(h_n.shape, c_n.shape)
