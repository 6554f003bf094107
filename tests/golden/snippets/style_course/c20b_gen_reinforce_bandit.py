# REINFORCE on a 3-armed bandit
import torch

torch.manual_seed(13)
true_means = torch.tensor([0.1, 0.5, 0.9])
logits = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([logits], lr=0.5)
for episode in range(8):
    probs = torch.softmax(logits, dim=0)
    action = torch.multinomial(probs, 1).item()
    reward = torch.bernoulli(true_means[action]).item()
    loss = -torch.log(probs[action]) * reward
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(episode, action, reward, probs.detach().numpy().round(3))
