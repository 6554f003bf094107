# fast.ai collaborative filtering: DotProductBias with sigmoid_range, trained a few epochs with weight decay on synthetic ratings.
import torch
from torch import nn

def sigmoid_range(x, lo, hi):
    return torch.sigmoid(x) * (hi - lo) + lo

class DotProductBias(nn.Module):
    def __init__(self, n_users, n_movies, n_factors, y_range=(0, 5.5)):
        super().__init__()
        self.user_factors = nn.Embedding(n_users, n_factors)
        self.user_bias = nn.Embedding(n_users, 1)
        self.movie_factors = nn.Embedding(n_movies, n_factors)
        self.movie_bias = nn.Embedding(n_movies, 1)
        self.y_range = y_range

    def forward(self, x):
        users = self.user_factors(x[:, 0])
        movies = self.movie_factors(x[:, 1])
        res = (users * movies).sum(dim=1, keepdim=True)
        res += self.user_bias(x[:, 0]) + self.movie_bias(x[:, 1])
        return sigmoid_range(res, *self.y_range)

torch.manual_seed(42)
n_users, n_movies = 10, 8
pairs = torch.stack([torch.randint(0, n_users, (64,)), torch.randint(0, n_movies, (64,))], dim=1)
ratings = ((pairs[:, 0] % 5) + (pairs[:, 1] % 3) * 0.5 + 1).float().clamp(max=5).unsqueeze(1)
model = DotProductBias(n_users, n_movies, 5)
opt = torch.optim.AdamW(model.parameters(), lr=5e-3, weight_decay=0.1)
for epoch in range(5):
    for i in range(0, 64, 16):
        loss = nn.functional.mse_loss(model(pairs[i:i + 16]), ratings[i:i + 16])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(epoch, round(loss.item(), 5))
movie_bias = model.movie_bias.weight.squeeze()
idxs = movie_bias.argsort()[:3]
print(idxs, movie_bias[idxs])
print(model(torch.tensor([[0, 0], [3, 2]])))
