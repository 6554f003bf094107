# MC dropout for conv features: Dropout2d drops whole channels, keeps the rest scaled by 2
import torch
import torch.nn as nn

torch.manual_seed(55)
channel_drop = nn.Dropout2d(p=0.5)
feats = torch.ones(1, 6, 2, 2)
kept = channel_drop(feats)
per_channel = kept.sum(dim=(2, 3))[0]
print(per_channel)
print(set(per_channel.tolist()) <= {0.0, 8.0}, kept.unique())
channel_drop.eval()
print(channel_drop(feats).equal(feats), channel_drop.training)
