# One-hot encoding a categorical column and concatenating with numeric features
import torch
import torch.nn.functional as F

city = torch.tensor([0, 2, 1, 2, 0, 3])
price = torch.tensor([120.0, 340.0, 210.0, 310.0, 99.0, 500.0])
onehot = F.one_hot(city, num_classes=4)
print(onehot)
print(onehot.dtype)
features = torch.cat([onehot.float(), ((price - price.mean()) / price.std()).unsqueeze(1)], dim=1)
print(features.shape)
print(features[:2])
