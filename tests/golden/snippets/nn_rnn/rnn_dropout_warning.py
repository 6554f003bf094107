import torch
import torch.nn as nn

torch.manual_seed(6)
lstm = nn.LSTM(2, 3, dropout=0.5)
print(lstm)
deep = nn.LSTM(2, 3, num_layers=2, dropout=0.5)
x = torch.randn(3, 1, 2)
deep.train()
out_train, _ = deep(x)
deep.eval()
out_eval, _ = deep(x)
print(out_train[-1], out_eval[-1])
print(nn.RNN(2, 3, bias=False), nn.GRU(2, 3, batch_first=True))
