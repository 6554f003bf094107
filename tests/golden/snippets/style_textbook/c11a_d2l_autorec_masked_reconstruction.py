# d2l AutoRec for recommendation: an item-based autoencoder trained only on observed ratings (masked loss), RMSE.
import torch
from torch import nn

torch.manual_seed(36)
num_users, num_items = 12, 8
ratings = torch.randint(1, 6, (num_items, num_users)).float()
mask = (torch.rand(num_items, num_users) < 0.4).float()
observed = ratings * mask
print(mask.sum().item(), observed[0])

class AutoRec(nn.Module):
    def __init__(self, num_hidden, num_users, dropout=0.05):
        super().__init__()
        self.encoder = nn.Linear(num_users, num_hidden)
        self.decoder = nn.Linear(num_hidden, num_users)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        hidden = self.dropout(torch.sigmoid(self.encoder(x)))
        pred = self.decoder(hidden)
        if self.training:
            return pred * torch.sign(x)
        return pred

net = AutoRec(5, num_users)
opt = torch.optim.Adam(net.parameters(), lr=0.02, weight_decay=1e-5)
for epoch in range(30):
    net.train()
    opt.zero_grad()
    loss = ((net(observed) - observed) ** 2).sum() / 2
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        net.eval()
        with torch.no_grad():
            pred = net(observed)
            held = 1 - mask
            rmse = torch.sqrt((((pred - ratings) * held) ** 2).sum() / held.sum())
        print(epoch + 1, round(loss.item(), 4), round(rmse.item(), 4))
print(pred.shape, pred[0].clamp(1, 5))
