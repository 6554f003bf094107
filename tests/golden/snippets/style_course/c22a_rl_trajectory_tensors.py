import torch

torch.manual_seed(41)
traj = [(torch.randn(2), torch.tensor(i % 2), float(i)) for i in range(4)]
states, actions, rewards = zip(*traj)
S = torch.stack(states)
A = torch.stack(actions)
R = torch.tensor(rewards)
print(S.shape, A.shape, R.shape)
print(A.dtype, R.dtype)
print(A)
print(torch.as_tensor(rewards, dtype=torch.float64))
