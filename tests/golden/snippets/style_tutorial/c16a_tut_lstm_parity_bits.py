# An LSTM reading bit strings and predicting their parity
import torch
from torch import nn

torch.manual_seed(1610)
bits = torch.randint(0, 2, (16, 6)).float()
parity = bits.sum(dim=1).remainder(2).long()

lstm = nn.LSTM(input_size=1, hidden_size=8, batch_first=True)
classify = nn.Linear(8, 2)
params = list(lstm.parameters()) + list(classify.parameters())
opt = torch.optim.Adam(params, lr=0.05)
for epoch in range(5):
    output, (h_n, c_n) = lstm(bits.unsqueeze(-1))
    logits = classify(h_n[-1])
    loss = nn.functional.cross_entropy(logits, parity)
    opt.zero_grad()
    loss.backward()
    opt.step()
    acc = (logits.argmax(1) == parity).float().mean().item()
    print(epoch, loss.item(), acc)
print(output.shape, h_n.shape, c_n.shape)
