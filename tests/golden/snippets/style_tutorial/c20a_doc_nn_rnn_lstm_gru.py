# nn.RNN, nn.LSTM, nn.GRU reference examples
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(10, 20, 2)
input = torch.randn(5, 3, 10)
h0 = torch.randn(2, 3, 20)
output, hn = rnn(input, h0)
print(output.shape, hn.shape, output[0, 0, :4])
lstm = nn.LSTM(10, 20, 2)
c0 = torch.randn(2, 3, 20)
output, (hn, cn) = lstm(input, (h0, c0))
print(output.shape, cn.shape, hn[1, 0, :4])
gru = nn.GRU(10, 20, 2, batch_first=True)
output, hn = gru(input)
print(output.shape, hn.shape)
print(rnn, lstm, gru)
