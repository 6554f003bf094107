# Udacity-style: train a LogSoftmax network, print "Training loss" per epoch at full precision
import torch
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(70)
pics = torch.rand(64, 1, 6, 6)
digits = torch.randint(0, 4, (64,))
train_loader = DataLoader(TensorDataset(pics, digits), batch_size=16, shuffle=True)
net = nn.Sequential(nn.Linear(36, 16), nn.ReLU(), nn.Linear(16, 4), nn.LogSoftmax(dim=1))
nll = nn.NLLLoss()
sgd = optim.SGD(net.parameters(), lr=0.01)
for e in range(4):
    epoch_loss = 0
    for pic_batch, digit_batch in train_loader:
        sgd.zero_grad()
        batch_loss = nll(net(pic_batch.view(pic_batch.shape[0], -1)), digit_batch)
        batch_loss.backward()
        sgd.step()
        epoch_loss += batch_loss.item()
    else:
        print(f"Training loss: {epoch_loss/len(train_loader)}")
ps = torch.exp(net(pics[:1].view(1, -1)))
print(ps, ps.sum())
