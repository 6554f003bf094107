import torch
from torch.nn.utils.rnn import pad_sequence

PAD = 0
batch = pad_sequence([torch.tensor([4, 5, 6]), torch.tensor([7, 8])], batch_first=True, padding_value=PAD)
key_padding_mask = batch == PAD
print(batch, key_padding_mask)
attn_mask = key_padding_mask[:, None, None, :]
print(attn_mask.shape)
scores = torch.zeros(2, 1, 3, 3).masked_fill(attn_mask, float("-inf"))
print(torch.softmax(scores, dim=-1)[1, 0])
print(key_padding_mask.float().masked_fill(key_padding_mask, float("-inf")))
