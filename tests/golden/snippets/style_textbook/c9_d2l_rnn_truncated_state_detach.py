# Truncated backpropagation through time: sequential minibatches keep the state but detach it.
import torch
from torch import nn

torch.manual_seed(0)
T = 60
series = torch.sin(0.2 * torch.arange(T, dtype=torch.float32)) + 0.05 * torch.randn(T)
num_steps, batch = 5, 2
rnn = nn.RNN(1, 8, batch_first=True)
head = nn.Linear(8, 1)
params = list(rnn.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=0.02)
offset = 0
corpus = series[offset:]
num_tokens = ((len(corpus) - 1) // batch) * batch
Xs = corpus[:num_tokens].reshape(batch, -1)
Ys = corpus[1:num_tokens + 1].reshape(batch, -1)
num_batches = Xs.shape[1] // num_steps
print(Xs.shape, num_batches)
for epoch in range(3):
    state = None
    total = 0.0
    for i in range(0, num_steps * num_batches, num_steps):
        X = Xs[:, i:i + num_steps].unsqueeze(-1)
        Y = Ys[:, i:i + num_steps].unsqueeze(-1)
        if state is not None:
            state = state.detach()
        out, state = rnn(X, state)
        loss = nn.functional.mse_loss(head(out), Y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    print(f"epoch {epoch}: mean loss {total / num_batches:.5f}", state.requires_grad, state.shape)
out, s = rnn(Xs[:, :num_steps].unsqueeze(-1))
try:
    h2, _ = rnn(Xs[:, num_steps:2 * num_steps].unsqueeze(-1), s)
    (h2.sum() + out.sum()).backward()
    (h2.sum()).backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
